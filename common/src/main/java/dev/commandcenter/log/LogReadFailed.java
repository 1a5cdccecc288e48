package dev.commandcenter.log;

/** The log could not be read; views answer with an error instead of a guess. */
public class LogReadFailed extends RuntimeException {
    public LogReadFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
