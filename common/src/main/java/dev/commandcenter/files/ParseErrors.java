package dev.commandcenter.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Parse errors as they may be shown and stored: the file, the line and column, the kind of error.
 * A parser's own message quotes the offending text (Jackson writes {@code Unrecognized token
 * '<the token>'}), which from a file that is not what it should be may be a secret.
 */
public final class ParseErrors {

    private ParseErrors() {}

    /** E.g. {@code worker.json is not JSON: invalid token at line 1, column 41}. */
    public static String json(String fileName, JsonProcessingException e) {
        return fileName + " is not JSON: " + what(e);
    }

    /** The kind of error and where, e.g. {@code invalid token at line 1, column 41}. */
    public static String what(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where =
                at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return kind(e) + where;
    }

    private static String kind(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "it ends in the middle of a value";
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Unrecognized token") || message.startsWith("Unexpected character")) {
            return "invalid token";
        }
        if (message.startsWith("Invalid UTF-8") || message.contains("Invalid UTF")) {
            return "invalid UTF-8";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "it ends in the middle of a value";
        }
        if (message.startsWith("Unexpected close marker") || message.contains("was expecting")) {
            return "unbalanced or misplaced punctuation";
        }
        return "syntax error";
    }
}
