package dev.commandcenter.query;

/**
 * Why a request could not be answered as asked, in one shape on every route: the JSON body of an
 * {@code /api} answer and the model of the error page.
 *
 * @param status    the HTTP status
 * @param parameter the query parameter at fault, or null when the request as a whole is
 * @param value     the value sent, or null when the parameter was missing
 * @param accepted  what the parameter accepts
 * @param message   one sentence for a person
 */
public record Problem(int status, String parameter, String value, String accepted, String message) {}
