package io.paystream.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A server the stack runs as a process of its own, with its output in a log file, stopped with SIGTERM. */
final class ChildProcess implements AutoCloseable {

    private static final long STOP_GRACE_SECONDS = 30;

    private final String name;
    private final Process process;

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    static ChildProcess start(
            String name, List<String> command, Path workingDirectory, Map<String, String> env, Path log) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            return new ChildProcess(name, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + ": " + command, e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String name() {
        return name;
    }

    /** SIGKILL to the process and everything it started, as a crash: returns once all of it is gone. */
    void kill() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.onExit().join();
        descendants.forEach(child -> child.onExit().join());
    }

    /** SIGTERM to the process and everything it started; SIGKILL whatever is left after the grace period. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : descendants) {
                child.onExit().get(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (Exception stuck) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            if (stuck instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
