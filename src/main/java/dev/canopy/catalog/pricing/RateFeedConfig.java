package dev.canopy.catalog.pricing;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The daily reference-rate feed (CANOPY_FX_*); without a feed URL nothing is fetched and rates are set by hand. */
@ConfigMapping(prefix = "canopy.fx")
interface RateFeedConfig {

    /** The ECB's eurofxref-daily.xml or a document in its format. */
    Optional<URI> feedUrl();

    @WithDefault("3s")
    Duration connectTimeout();

    /** The whole answer, headers and body, must arrive within this. */
    @WithDefault("10s")
    Duration readTimeout();

    /** How long fetched rates last before the next fetch is due. */
    @WithDefault("24h")
    Duration fetchEvery();

    /** How often each replica looks for consortia due a fetch (read by the schedule; "off" stops it). */
    @WithDefault("10m")
    String checkEvery();
}
