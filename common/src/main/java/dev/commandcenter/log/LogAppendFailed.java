package dev.commandcenter.log;

/** An append that did not happen at all: the transaction was rolled back, nothing of the poll is in the log. */
public class LogAppendFailed extends RuntimeException {
    public LogAppendFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
