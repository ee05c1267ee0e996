package dev.canopy.media.storage;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** Where media lives (any S3-compatible server), how long Canopy waits for it, and how large an upload may be. */
@ConfigMapping(prefix = "canopy.storage")
public interface StorageConfig {

    /** The S3 endpoint, e.g. {@code http://minio:9000}; dev and tests get an embedded S3Proxy. */
    String endpoint();

    String accessKey();

    String secretKey();

    @WithDefault("canopy-media")
    String bucket();

    /** The region requests are signed for; MinIO's default unless its operator set another. */
    @WithDefault("us-east-1")
    String region();

    /** How long to wait for a connection to storage. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long one read or write may stall before the call fails (503): a hung server never holds a worker longer. */
    @WithDefault("5s")
    Duration readTimeout();

    /** Storage calls under way at once; callers beyond wait a moment, then answer 503 instead of queueing up workers. */
    @WithDefault("32")
    int maxConcurrentCalls();

    /** How often objects that no image row names (failed uploads, deleted images) are swept from the bucket. */
    @WithDefault("1h")
    Duration sweepEvery();

    /** Uploads above this are refused with 413 while they are being read. */
    @WithDefault("10M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxUploadSize();

    /** Images whose header declares more pixels are refused before decoding (decompression bombs). */
    @WithDefault("40000000")
    long maxPixels();
}
