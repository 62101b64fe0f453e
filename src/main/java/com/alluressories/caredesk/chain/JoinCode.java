package com.alluressories.caredesk.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-time code head office gives a PC to join the chain: {@code CWB-K7QF-2MZP-9XTA-HC4D}, the
 * node's code then a secret of 16 characters from an alphabet without look-alikes (no 0/O, 1/I).
 * A demo hub's codes start with {@code DEMO-}, so demo and real data never meet. The hub keeps only
 * the secret's SHA-256.
 */
public record JoinCode(boolean demo, String nodeCode, String secret) {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Pattern FORM = Pattern.compile(
            "(DEMO-)?([A-Z0-9]{2,8})-([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
    private static final Pattern NODE_CODE = Pattern.compile("[A-Z0-9]{2,8}");

    /** A node code as shops carry it: 2 to 8 letters or digits, upper case; {@code HUB} is the hub's. */
    public static Optional<String> nodeCode(String text) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return NODE_CODE.matcher(code).matches() && !code.equals("HUB") ? Optional.of(code) : Optional.empty();
    }

    public static JoinCode generate(String nodeCode, boolean demo, SecureRandom random) {
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                secret.append('-');
            }
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new JoinCode(demo, nodeCode, secret.toString());
    }

    /** A code as typed or pasted (any case, spaces around it), or empty when it is not one. */
    public static Optional<JoinCode> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches() || m.group(2).equals("HUB")) {
            return Optional.empty();
        }
        return Optional.of(new JoinCode(m.group(1) != null, m.group(2), m.group(3)));
    }

    /** What the hub stores: the secret's SHA-256, never the secret. */
    public String secretHash() {
        return hash(secret);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return (demo ? "DEMO-" : "") + nodeCode + "-" + secret;
    }
}
