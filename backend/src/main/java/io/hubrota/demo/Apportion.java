package io.hubrota.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a whole number by shares so that the parts add up exactly (largest remainder method). */
final class Apportion {

    private Apportion() {
    }

    /** Iterates in the order of {@code shares}; ties in remainder go to the earlier key. */
    static <K> Map<K, Integer> largestRemainder(Map<K, Double> shares, int total) {
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<K, Integer> parts = new LinkedHashMap<>();
        List<Map.Entry<K, Double>> remainders = new ArrayList<>();
        int assigned = 0;
        for (Map.Entry<K, Double> share : shares.entrySet()) {
            double exact = total * share.getValue() / sum;
            int floor = (int) Math.floor(exact);
            parts.put(share.getKey(), floor);
            assigned += floor;
            remainders.add(Map.entry(share.getKey(), exact - floor));
        }
        List<Map.Entry<K, Double>> byRemainder = new ArrayList<>(remainders);
        byRemainder.sort(Comparator.comparing((Map.Entry<K, Double> e) -> e.getValue()).reversed());
        for (int i = 0; i < total - assigned; i++) {
            parts.merge(byRemainder.get(i).getKey(), 1, Integer::sum);
        }
        return parts;
    }
}
