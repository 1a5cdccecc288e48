package dev.commandcenter.query.reviews;

import dev.commandcenter.observation.WireName;

/** The combined commit status of a pull request's head; NONE means no CI reported at all. */
public enum CiState implements WireName {
    SUCCESS,
    PENDING,
    FAILURE,
    NONE;
}
