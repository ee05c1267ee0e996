package dev.canopy.platform;

import java.util.List;
import java.util.function.Function;

/** The contract's list shape: one page of items and the total count. */
public record ListView<T>(List<T> items, long total) {

    public <R> ListView<R> map(Function<T, R> mapper) {
        return new ListView<>(items.stream().map(mapper).toList(), total);
    }
}
