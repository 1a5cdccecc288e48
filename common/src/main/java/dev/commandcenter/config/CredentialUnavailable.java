package dev.commandcenter.config;

/** A configured credential could not be read or is not safe to use; the message never holds its value. */
public class CredentialUnavailable extends RuntimeException {

    public CredentialUnavailable(String message) {
        super(message);
    }
}
