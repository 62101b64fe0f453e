package com.alluressories.caredesk.claim;

import java.nio.file.Path;

/** A file offered as a photo that is not a JPEG, PNG, GIF, BMP or WebP image. */
public class NotAnImageException extends Exception {
    private final Path file;

    public NotAnImageException(Path file) {
        super(file.getFileName() + " is not a photo (JPEG, PNG, GIF, BMP or WebP)");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
