package com.alluressories.caredesk.claim;

/** A photo attached to a claim: stored once under its SHA-256, whatever it was called. */
public record Photo(String sha256, String mediaType, String fileName) {
}
