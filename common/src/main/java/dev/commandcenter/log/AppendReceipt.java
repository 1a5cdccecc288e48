package dev.commandcenter.log;

/**
 * What one append did.
 *
 * @param readId    the stored {@code source_read} row
 * @param appended  observations written (changes and disappearances)
 * @param duplicate true when this poll had been appended before (redelivery): nothing was written
 */
public record AppendReceipt(long readId, int appended, boolean duplicate) {}
