package io.paystream.loadtest.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every answered request of a run, written as CSV when the run ends: the benchmark reads it back to join the approvals
 * with the order service's own timestamps. Gatling's HTML report keeps the same response times for people.
 */
public final class Timings {

    /** The request name under which answers 503 of the facade's load shedding are recorded, whichever call it was. */
    public static final String SHED = "shed (503)";

    private static final String STARTED = "# checkouts started: ";

    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final AtomicLong checkoutsStarted = new AtomicLong();

    void checkoutStarted() {
        checkoutsStarted.incrementAndGet();
    }

    /** One answered request: which, for which order, when it was sent (epoch ms) and how long it took (ms). */
    void answered(String request, String orderId, long sentAtMillis, int millis) {
        lines.add(request + "," + orderId + "," + sentAtMillis + "," + millis);
    }

    /** One answered request as read back from a run's file. */
    public record Answer(String request, String orderId, long sentAtMillis, int millis) {}

    /** A run's file read back: how many checkouts started, and every request that was answered as expected. */
    public record Recorded(long checkoutsStarted, List<Answer> answers) {

        public List<Answer> of(String request) {
            return answers.stream()
                    .filter(answer -> answer.request().equals(request))
                    .toList();
        }
    }

    public static Recorded read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            long started = Long.parseLong(lines.getFirst().substring(STARTED.length()));
            List<Answer> answers = lines.stream()
                    .skip(2)
                    .map(line -> line.split(","))
                    .map(fields ->
                            new Answer(fields[0], fields[1], Long.parseLong(fields[2]), Integer.parseInt(fields[3])))
                    .toList();
            return new Recorded(started, answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeTo(Path file) {
        List<String> all = new ArrayList<>();
        all.add(STARTED + checkoutsStarted.get());
        all.add("request,orderId,sentAtMillis,millis");
        all.addAll(lines);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
