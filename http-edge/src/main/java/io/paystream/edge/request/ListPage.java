package io.paystream.edge.request;

import java.util.List;

/**
 * One page of a list, newest first: {@code hasMore} says whether to ask again with {@code startingAfter} set to the
 * last item's id.
 */
public record ListPage<T>(List<T> data, boolean hasMore) {

    /** The page from {@code fetched}, read with one item more than {@code limit} to learn whether more follow. */
    public static <T> ListPage<T> of(List<T> fetched, int limit) {
        return fetched.size() > limit
                ? new ListPage<>(List.copyOf(fetched.subList(0, limit)), true)
                : new ListPage<>(List.copyOf(fetched), false);
    }
}
