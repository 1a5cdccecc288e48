package dev.commandcenter.collector.gitea;

import java.util.Optional;

/**
 * One answer of Gitea, as received.
 *
 * @param path        the request path (below {@code /api/v1}), without the query
 * @param status      HTTP status
 * @param contentType the Content-Type header, empty if absent
 * @param body        the body text
 * @param link        the {@code Link} header, if any
 */
record GiteaResponse(String path, int status, String contentType, String body, Optional<String> link) {}
