package org.premise.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.premise.BadInputException;

/**
 * The shared secret of {@code serve --token-file}: a client proves it knows it with
 * {@code Authorization: Bearer TOKEN}, or as the password of HTTP Basic authentication (any user
 * name), which is what a browser asks for. Compared in constant time, and never printed.
 */
public final class AccessToken {
    /** Shorter tokens can be guessed over the network. */
    public static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private AccessToken(String token) {
        this.digest = sha256(token);
    }

    /** A token given directly (tests); at least {@value #MIN_LENGTH} characters. */
    public static AccessToken of(String token) {
        if (token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("a token needs at least " + MIN_LENGTH + " characters");
        }
        return new AccessToken(token);
    }

    /** Reads the token from the first line of {@code file}, surrounding blanks removed. */
    public static AccessToken read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such token file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the token file: " + e.getMessage());
        }
        String token = text.lines().findFirst().orElse("").strip();
        if (token.length() < MIN_LENGTH) {
            throw new BadInputException(file + ": the token must be at least " + MIN_LENGTH + " characters on the first "
                    + "line (e.g. made with: openssl rand -hex 32 > " + file + ")");
        }
        return new AccessToken(token);
    }

    /** Whether an {@code Authorization} header value carries this token. */
    public boolean matches(String authorization) {
        String presented = presented(authorization);
        // Comparing digests of equal length: the time taken says nothing about the token.
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static String presented(String authorization) {
        if (authorization == null) return null;
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space < 0) return null;
        String scheme = value.substring(0, space);
        String credentials = value.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) return credentials;
        if (scheme.equalsIgnoreCase("Basic")) {
            try {
                String userAndPassword = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
                int colon = userAndPassword.indexOf(':');
                return colon < 0 ? null : userAndPassword.substring(colon + 1);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    @Override
    public String toString() {
        return "AccessToken[hidden]";
    }
}
