package io.paystream.signals;

/**
 * Work that runs when its channel says there is some: an outbox relay, woken by the commit that wrote a row. Every
 * such bean gets a {@link WokenLoop} of its own ({@link SignalsAutoConfiguration}).
 */
public interface WokenWork {

    /** The channel whose notifications say there is work (a trigger's, on the commit that wrote it). */
    String channel();

    /** Does all there is to do, then returns; never run twice at once. */
    void run();
}
