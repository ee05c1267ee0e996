package dev.canopy.media.storage;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** Where media lives (any S3-compatible server) and how large an upload may be. */
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

    /** Uploads above this are refused with 413 while they are being read. */
    @WithDefault("10M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxUploadSize();

    /** Images whose header declares more pixels are refused before decoding (decompression bombs). */
    @WithDefault("40000000")
    long maxPixels();
}
