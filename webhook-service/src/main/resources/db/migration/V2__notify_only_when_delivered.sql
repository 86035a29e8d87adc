-- V1's statement trigger notified after every intake statement, also after the many that insert no delivery (an event
-- no endpoint wants), and each notification cost the senders a round. A row trigger fires only for a delivery made;
-- PostgreSQL sends one notification per transaction for identical ones, so a burst still wakes the senders once.
DROP TRIGGER webhook_delivery_written ON webhook_delivery;

CREATE TRIGGER webhook_delivery_written
    AFTER INSERT ON webhook_delivery
    FOR EACH ROW
    EXECUTE FUNCTION notify_webhook_delivery();
