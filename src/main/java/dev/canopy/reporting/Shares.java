package dev.canopy.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Splits an amount in proportion to weights, in whole minor units (largest remainder), so the parts add up. */
final class Shares {

    private Shares() {
    }

    static long[] split(long amount, List<Long> weights) {
        long whole = weights.stream().mapToLong(Long::longValue).sum();
        long[] parts = new long[weights.size()];
        if (whole == 0) {
            return parts;
        }
        List<long[]> remainders = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            java.math.BigInteger[] division = java.math.BigInteger.valueOf(amount)
                    .multiply(java.math.BigInteger.valueOf(weights.get(i)))
                    .divideAndRemainder(java.math.BigInteger.valueOf(whole));
            parts[i] = division[0].longValueExact();
            given += parts[i];
            remainders.add(new long[] { i, division[1].longValueExact() });
        }
        long left = amount - given;
        List<Integer> order = IntStream.range(0, parts.length).boxed()
                .sorted(Comparator.<Integer> comparingLong(i -> -remainders.get(i)[1]).thenComparing(i -> i)).toList();
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}
