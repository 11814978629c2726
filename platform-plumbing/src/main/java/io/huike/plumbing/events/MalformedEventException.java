package io.huike.plumbing.events;

/** A message on a topic that is not a complete platform event; it can never be applied, however often it is retried. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
