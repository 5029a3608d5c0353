package dev.chromasetup.app;

import dev.chromasetup.aws.HourlyPrice;
import dev.chromasetup.aws.InstanceTypeInfo;
import dev.chromasetup.aws.Prices;
import dev.chromasetup.rules.PriceTable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Prices for the Size step: the Price List API when it answers, the bundled dated table when not.
 * One API call per type, run in parallel so ten types cost about one round trip; never throws.
 */
final class SizingLookup {
    private final java.util.function.Supplier<Prices> prices;

    SizingLookup(java.util.function.Supplier<Prices> prices) {
        this.prices = prices;
    }

    Optional<HourlyPrice> price(String type, String region) {
        return PriceTable.bundled().orTable(prices.get().hourly(type, region), type); // parsed once, when needed
    }

    Map<String, HourlyPrice> prices(List<InstanceTypeInfo> offered, String region) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(8, offered.size())), r -> {
            Thread t = new Thread(r, "chroma-setup-prices");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, CompletableFuture<Optional<HourlyPrice>>> pending = new HashMap<>();
            for (InstanceTypeInfo t : offered) {
                pending.put(t.name(), CompletableFuture.supplyAsync(() -> price(t.name(), region), pool));
            }
            Map<String, HourlyPrice> found = new HashMap<>();
            pending.forEach((type, f) -> f.join().ifPresent(p -> found.put(type, p)));
            return Map.copyOf(found);
        } finally {
            pool.shutdownNow();
        }
    }
}
