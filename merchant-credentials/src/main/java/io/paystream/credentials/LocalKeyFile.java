package io.paystream.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local stack's key-encryption keys: a JSON file of AES-256 keys by id and the id of the current one, readable by
 * its owner only. Read again when it changes, so that a rotation by {@code ./paystream rotate-kek} (add a key, re-wrap,
 * retire the old one) needs no restart. In production the key-encryption key is AWS KMS ({@link KmsKeyEncryptionKey}).
 */
public final class LocalKeyFile implements KeyEncryptionKey {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter KEY_ID =
            DateTimeFormatter.ofPattern("'local-'yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private Keys keys;
    private FileTime readAt;

    private LocalKeyFile(Path file) {
        this.file = file;
    }

    /**
     * The key file at {@code file}, read when first used and never created: for a service that only opens what
     * merchant-service sealed, so that it cannot make a key of its own before merchant-service made the file.
     */
    public static LocalKeyFile existing(Path file) {
        return new LocalKeyFile(file);
    }

    /** The key file at {@code file}, created with one fresh key when there is none. */
    public static LocalKeyFile open(Path file, Clock clock) {
        if (!Files.exists(file)) {
            write(file, Keys.first(newKeyId(clock)));
        }
        return new LocalKeyFile(file);
    }

    /** Adds a fresh key and makes it the current one; earlier keys stay for unwrapping. Returns the new key's id. */
    public static String rotate(Path file, Clock clock) {
        Keys keys = read(file);
        String id = newKeyId(clock);
        write(file, keys.with(id));
        return id;
    }

    /** Removes every key but the current one (after a re-wrap left nothing under them); returns the removed ids. */
    public static List<String> retireAllButCurrent(Path file) {
        Keys keys = read(file);
        List<String> retired = keys.keys().keySet().stream()
                .filter(id -> !id.equals(keys.current()))
                .toList();
        write(file, new Keys(keys.current(), Map.of(keys.current(), keys.keys().get(keys.current()))));
        return retired;
    }

    @Override
    public synchronized String currentKeyId() {
        return keys().current();
    }

    @Override
    public WrappedKey wrap(byte[] dataKey, String merchantId) {
        Keys now = keys();
        return new WrappedKey(now.current(), AesGcm.encryptWithNonce(now.key(now.current()), dataKey, merchantId));
    }

    @Override
    public byte[] unwrap(WrappedKey wrapped, String merchantId) {
        return AesGcm.decryptWithNonce(keys().key(wrapped.keyId()), wrapped.bytes(), merchantId);
    }

    private synchronized Keys keys() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (keys == null || !modified.equals(readAt)) {
                keys = read(file);
                readAt = modified;
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("the key-encryption key file " + file + " is unreadable", e);
        }
    }

    private static String newKeyId(Clock clock) {
        return KEY_ID.format(clock.instant());
    }

    private static Keys read(Path file) {
        try {
            return JSON.readValue(Files.readString(file), Keys.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the key-encryption key file " + file + " is unreadable", e);
        }
    }

    /** Written beside and moved into place, so that a reader never sees half a file. */
    private static void write(Path file, Keys keys) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path next = Files.createTempFile(parent, file.getFileName().toString(), ".next");
            try {
                Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // A file system without POSIX permissions keeps its defaults.
            }
            Files.writeString(next, JSON.writeValueAsString(keys));
            try {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the key-encryption key file " + file, e);
        }
    }

    /** The file's content: the current key's id and every key kept, base64. */
    record Keys(String current, Map<String, String> keys) {

        static Keys first(String id) {
            return new Keys(id, Map.of(id, Base64.getEncoder().encodeToString(AesGcm.randomKey())));
        }

        Keys with(String id) {
            Map<String, String> more = new LinkedHashMap<>(keys);
            more.put(id, Base64.getEncoder().encodeToString(AesGcm.randomKey()));
            return new Keys(id, more);
        }

        byte[] key(String id) {
            String key = keys.get(id);
            if (key == null) {
                throw new CredentialsUnreadable("the key-encryption key " + id + " is not in the key file (retired?)");
            }
            return Base64.getDecoder().decode(key);
        }
    }
}
