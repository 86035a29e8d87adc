package io.paystream.loadtest.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time (user + system) of every process and server of the platform, read from {@code /proc}: each service, each
 * server, and the load generator. The local stack's own JVM hosts Kafka, ElasticMQ and the Braintree simulator, so its
 * threads are told apart by name.
 */
public final class ProcessCpu {

    /** Clock ticks per second of /proc's counters: 100 on every Linux this runs on (getconf CLK_TCK). */
    private static final double TICKS_PER_SECOND = 100.0;

    private static final List<Role> PROCESS_ROLES = List.of(
            new Role("facade", "payments-a-facade"),
            new Role("orchestrator", "payments-b-orchestrator"),
            new Role("wallet", "wallet-service"),
            new Role("payment platform", "payment-platform-service"),
            new Role("order service", "order-service"),
            new Role("merchant service", "merchant-service"),
            new Role("webhook service", "webhook-service"),
            new Role("Keycloak", "keycloak"),
            new Role(ProcessCpu.TRACE_BACKEND, "zipkin-server"));

    private record Role(String name, String commandLineMark) {}

    public static final String LOAD_GENERATOR = "load generator (Gatling)";
    /** Zipkin, where the local stack's spans go; in AWS X-Ray takes them, and it is no CPU of the platform's. */
    public static final String TRACE_BACKEND = "Zipkin (trace backend)";

    private static final String STACK_OTHER = "stack JVM: GC, JIT, other";
    private static final String STACK_JVM = "stack JVM (all threads)";
    private static final String THREAD = " thread ";

    private ProcessCpu() {}

    /** The platform's own share of a difference: every service and server, not the load generator nor Zipkin. */
    public static double platformTotal(Map<String, Double> seconds) {
        return seconds.entrySet().stream()
                .filter(role ->
                        !role.getKey().equals(LOAD_GENERATOR) && !role.getKey().equals(TRACE_BACKEND))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /**
     * Seconds of CPU used so far, by role; compare two snapshots for what a run cost. The load generator runs inside
     * this process (Gatling in the benchmark's JVM): it counts as this process's own time.
     */
    public static Map<String, Double> snapshot() {
        Map<String, Double> seconds = new TreeMap<>();
        String[] self = stat(read(Path.of("/proc/self/stat")));
        if (self != null) {
            seconds.put(LOAD_GENERATOR, ticks(self, 12) + ticks(self, 13));
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes
                    .filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(process -> add(process, seconds));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc: the benchmark measures CPU on Linux only", e);
        }
        return seconds;
    }

    /**
     * What each role used between two snapshots. Threads of the stack's JVM are compared one by one: a thread that
     * started in between counts whole, one that ended is lost to its server and lands in the JVM's "other", which is
     * the whole JVM's time less that of its named threads.
     */
    public static Map<String, Double> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new TreeMap<>();
        after.forEach((key, seconds) -> {
            double delta = seconds - before.getOrDefault(key, 0.0);
            if (key.equals(STACK_JVM)) {
                used.merge(STACK_OTHER, delta, Double::sum);
            } else if (key.contains(THREAD)) {
                String server = key.substring(0, key.indexOf(THREAD));
                used.merge(server, delta, Double::sum);
                used.merge(STACK_OTHER, -delta, Double::sum);
            } else {
                used.merge(key, delta, Double::sum);
            }
        });
        return new LinkedHashMap<>(used);
    }

    private static void add(Path process, Map<String, Double> seconds) {
        String commandLine = read(process.resolve("cmdline")).replace('\0', ' ');
        if (commandLine.isEmpty()) {
            return;
        }
        if (commandLine.contains("io.paystream.localstack.LocalStack")) {
            addThreadsOfTheStack(process, seconds);
            return;
        }
        String[] stat = stat(read(process.resolve("stat")));
        if (stat == null) {
            return;
        }
        if (stat[0].equals("postgres")) {
            // Backends that ended are accounted to the postmaster as children's time.
            seconds.merge(
                    "PostgreSQL", ticks(stat, 12) + ticks(stat, 13) + ticks(stat, 14) + ticks(stat, 15), Double::sum);
            return;
        }
        PROCESS_ROLES.stream()
                .filter(role -> commandLine.contains(role.commandLineMark()))
                .findFirst()
                .ifPresent(role -> seconds.merge(role.name(), ticks(stat, 12) + ticks(stat, 13), Double::sum));
    }

    private static void addThreadsOfTheStack(Path process, Map<String, Double> seconds) {
        String[] whole = stat(read(process.resolve("stat")));
        if (whole != null) {
            seconds.put(STACK_JVM, ticks(whole, 12) + ticks(whole, 13));
        }
        try (Stream<Path> threads = Files.list(process.resolve("task"))) {
            threads.forEach(thread -> {
                String[] stat = stat(read(thread.resolve("stat")));
                String server = stat == null ? null : stackServer(stat[0]);
                if (server != null) {
                    seconds.put(server + THREAD + thread.getFileName(), ticks(stat, 12) + ticks(stat, 13));
                }
            });
        } catch (IOException e) {
            // The stack stopped between two reads: nothing more to count.
        }
    }

    /** Which server a thread of the local stack's JVM belongs to, by its (15-character) name; null: none of them. */
    static String stackServer(String threadName) {
        String name = threadName.toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("kafka")
                || name.startsWith("data-plane")
                || name.startsWith("broker-")
                || name.startsWith("controller")
                || name.startsWith("raft")
                || name.startsWith("quorum")
                || name.startsWith("replica")
                || name.startsWith("log-")
                || name.startsWith("group-")
                || name.startsWith("transaction")
                || name.startsWith("executor-")
                || name.startsWith("expiration")) {
            return "Kafka (stack JVM)";
        }
        if (name.startsWith("elasticmq") || name.startsWith("pekko") || name.contains("dispatcher")) {
            return "ElasticMQ (stack JVM)";
        }
        if (name.startsWith("forkjoinpool") || name.startsWith("http-dispatcher") || name.startsWith("braintree")) {
            return "Braintree simulator (stack JVM)";
        }
        return null;
    }

    /** The fields of /proc/…/stat from the command name on: [0] is the name (field 2 of proc(5)), so [12] is utime, [13] stime, [14]/[15] children's. */
    private static String[] stat(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < 0) {
            return null;
        }
        String name = line.substring(open + 1, close);
        String[] rest = line.substring(close + 2).split(" ");
        String[] fields = new String[rest.length + 1];
        fields[0] = name;
        System.arraycopy(rest, 0, fields, 1, rest.length);
        return fields;
    }

    private static double ticks(String[] stat, int field) {
        return Long.parseLong(stat[field]) / TICKS_PER_SECOND;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return ""; // the process ended meanwhile
        }
    }
}
