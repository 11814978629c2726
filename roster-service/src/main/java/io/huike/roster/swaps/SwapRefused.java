package io.huike.roster.swaps;

/** A swap request cannot move that way from where it stands; nothing changed. */
public class SwapRefused extends RuntimeException {

    public SwapRefused(String message) {
        super(message);
    }
}
