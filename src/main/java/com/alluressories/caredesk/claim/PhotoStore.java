package com.alluressories.caredesk.claim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Claim photos in {@code photos/} under the data folder, named by the SHA-256 of their bytes: the
 * same photo attached twice is stored once, and a stored photo never changes under its name.
 */
public final class PhotoStore {
    private final Path folder;

    public PhotoStore(Path dataDir) {
        this.folder = folder(dataDir);
    }

    /** The folder the photos of the store in {@code dataDir} are kept in. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("photos");
    }

    /** Where a photo is in {@code folder}: {@code ab/abcdef….jpg}. */
    public static Path file(Path folder, String sha256, String mediaType) {
        return folder.resolve(sha256.substring(0, 2)).resolve(sha256 + extension(mediaType));
    }

    /** Copies an image into the store; refuses anything that is not an image by its first bytes. */
    public Photo add(Path source) throws IOException, NotAnImageException {
        String mediaType = mediaType(source).orElseThrow(() -> new NotAnImageException(source));
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "incoming-", ".tmp");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            Photo photo = new Photo(hash, mediaType, source.getFileName().toString());
            Path target = path(photo);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return photo;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes a photo that came from another PC under its name, whole or not at all. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "incoming-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Where a stored photo is: {@code photos/ab/abcdef….jpg}. */
    public Path path(Photo photo) {
        return file(folder, photo.sha256(), photo.mediaType());
    }

    static Optional<String> mediaType(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(head, 'B', 'M')) {
            return Optional.of("image/bmp");
        }
        if (starts(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E' && head[10] == 'B'
                && head[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/gif" -> ".gif";
            case "image/bmp" -> ".bmp";
            case "image/webp" -> ".webp";
            default -> ".bin";
        };
    }
}
