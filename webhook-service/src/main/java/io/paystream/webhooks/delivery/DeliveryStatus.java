package io.paystream.webhooks.delivery;

/** PENDING until an attempt is answered 2xx (SUCCEEDED) or the schedule's last attempt fails (FAILED). */
public enum DeliveryStatus {
    PENDING,
    SUCCEEDED,
    FAILED
}
