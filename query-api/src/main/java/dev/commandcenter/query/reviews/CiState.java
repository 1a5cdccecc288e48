package dev.commandcenter.query.reviews;

import com.fasterxml.jackson.annotation.JsonValue;

/** The combined commit status of a pull request's head; NONE means no CI reported at all. */
public enum CiState {
    SUCCESS,
    PENDING,
    FAILURE,
    NONE;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
