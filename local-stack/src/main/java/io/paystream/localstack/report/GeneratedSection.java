package io.paystream.localstack.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The part of a docs page that a command writes (the benchmark's figures, the chaos run's), between two HTML comment
 * markers; the hand-written rest of the page stays as it is. A page without the markers gets them at its end.
 */
public record GeneratedSection(String title, String begin, String end) {

    public void writeInto(Path page, String content) {
        try {
            String existing =
                    Files.exists(page) ? Files.readString(page) : "# " + title + "\n\n" + begin + "\n" + end + "\n";
            int from = existing.indexOf(begin);
            int to = existing.indexOf(end);
            if (from < 0 || to < from) {
                existing = existing + "\n" + begin + "\n" + end + "\n";
                from = existing.indexOf(begin);
                to = existing.indexOf(end);
            }
            Files.writeString(
                    page, existing.substring(0, from + begin.length()) + "\n" + content + existing.substring(to));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + page, e);
        }
    }
}
