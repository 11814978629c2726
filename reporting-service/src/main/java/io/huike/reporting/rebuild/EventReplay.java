package io.huike.reporting.rebuild;

/** The topics this service reads, replayed from their start into the read models. */
public interface EventReplay {

    /**
     * Applies every event of the topics, from their first offset up to their end as of this call, through the
     * handler of its topic, as a replay (no lag measured); answers how many events it applied.
     */
    long replayFromStart();
}
