package dev.canopy.platform;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The contract's list shape: one page of items and the total count. A total that was not counted
 * to the end (a very large catalog) is a lower bound, and says so with {@code totalIsLowerBound}.
 */
public record ListView<T>(List<T> items, long total,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean totalIsLowerBound) {

    public ListView(List<T> items, long total) {
        this(items, total, false);
    }

    public <R> ListView<R> map(Function<T, R> mapper) {
        return new ListView<>(items.stream().map(mapper).toList(), total, totalIsLowerBound);
    }
}
