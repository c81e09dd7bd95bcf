package dev.flarelink.core.view;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A connection not saved because its test failed.
 *
 * @param isFinal whether no later fix of the other fields can save it (an expired or disabled
 *     token)
 */
public record RefusedSaveView(
    boolean saved, @JsonProperty("final") boolean isFinal, TestReportView test) {

  /** A refusal: never saved. */
  public static RefusedSaveView of(boolean isFinal, TestReportView test) {
    return new RefusedSaveView(false, isFinal, test);
  }
}
