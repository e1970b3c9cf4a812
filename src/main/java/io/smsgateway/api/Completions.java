package io.smsgateway.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Answers that complete later (after a group commit) and still reach the dialect's exception mappers. */
public final class Completions {

    private Completions() {
    }

    /**
     * The same outcome, a failure being the exception itself rather than a {@link CompletionException}
     * around it, so that the dialect's own error body is written for it.
     */
    public static <T> CompletionStage<T> unwrapped(CompletableFuture<T> future) {
        CompletableFuture<T> result = new CompletableFuture<>();
        future.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
            }
        });
        return result;
    }
}
