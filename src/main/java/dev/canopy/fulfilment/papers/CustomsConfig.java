package dev.canopy.fulfilment.papers;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "canopy.customs")
public interface CustomsConfig {

    /** The UPU's CN22 limit of 300 SDR, in euro; above it (or when unknown in euro) a parcel needs a CN23. */
    @WithDefault("425")
    BigDecimal cn22LimitEur();
}
