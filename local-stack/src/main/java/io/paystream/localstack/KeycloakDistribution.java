package io.paystream.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server distribution from Maven Central, unpacked once under {@code .paystream/keycloak}.
 * Taken from the local Maven repository when it is there, otherwise downloaded and checked against
 * Central's SHA-1.
 */
final class KeycloakDistribution {

    private static final String CENTRAL = "https://repo.maven.apache.org/maven2";

    private KeycloakDistribution() {}

    /** The unpacked distribution's home directory, installing it first if needed. */
    static Path install(String version, Path keycloakDirectory) {
        Path home = keycloakDirectory.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        try {
            unzip(zip(version, keycloakDirectory), keycloakDirectory);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not install Keycloak " + version, e);
        }
    }

    private static Path zip(String version, Path keycloakDirectory) throws IOException {
        String relative =
                "org/keycloak/keycloak-quarkus-dist/" + version + "/keycloak-quarkus-dist-" + version + ".zip";
        Path cached = Path.of(System.getProperty("user.home"), ".m2/repository").resolve(relative);
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        Path download = keycloakDirectory.resolve("keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(download)) {
            System.out.println("Downloading Keycloak " + version + " from Maven Central (about 180 MB, once)...");
            Files.createDirectories(keycloakDirectory);
            Path partial = keycloakDirectory.resolve(download.getFileName() + ".part");
            HttpClient http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            String expectedSha1 = get(http, CENTRAL + "/" + relative + ".sha1", HttpResponse.BodyHandlers.ofString())
                    .trim()
                    .split("\\s+")[0];
            get(http, CENTRAL + "/" + relative, HttpResponse.BodyHandlers.ofFile(partial));
            String actualSha1 = sha1(partial);
            if (!actualSha1.equalsIgnoreCase(expectedSha1)) {
                Files.delete(partial);
                throw new IOException(
                        "Keycloak download is corrupt: SHA-1 " + actualSha1 + ", expected " + expectedSha1);
            }
            Files.move(partial, download, StandardCopyOption.ATOMIC_MOVE);
        }
        return download;
    }

    private static <T> T get(HttpClient http, String url, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            HttpResponse<T> response =
                    http.send(HttpRequest.newBuilder(URI.create(url)).build(), handler);
            if (response.statusCode() != 200) {
                throw new IOException("GET " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + url, e);
        }
    }

    private static String sha1(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** Unpacks into a temporary directory first, so an interrupted unzip never looks installed. */
    private static void unzip(Path zip, Path target) throws IOException {
        Path staging = Files.createTempDirectory(Files.createDirectories(target), "unzip-");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path destination = staging.resolve(entry.getName()).normalize();
                if (!destination.startsWith(staging)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (var unpacked = Files.list(staging)) {
            for (Path top : unpacked.toList()) {
                Files.move(top, target.resolve(top.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.delete(staging);
    }
}
