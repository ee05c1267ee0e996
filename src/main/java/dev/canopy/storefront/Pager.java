package dev.canopy.storefront;

import java.util.function.IntFunction;

/** Where a listing is: page {@code number} (from 1) of {@code pages}, with links to its neighbours. */
public record Pager(long total, int number, int pages, String previous, String next) {

    static Pager of(long total, int page, int size, IntFunction<String> link) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Pager(total, page + 1, pages, page > 0 ? link.apply(Math.min(page, pages) - 1) : null,
                page + 1 < pages ? link.apply(page + 1) : null);
    }
}
