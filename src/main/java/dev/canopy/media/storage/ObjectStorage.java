package dev.canopy.media.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.canopy.platform.errors.Unavailable;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.http.HttpUtils;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The media bucket on an S3-compatible server. Whatever keeps it from answering becomes
 * {@link Unavailable} (503) for the caller; the app itself starts and runs without it.
 */
@ApplicationScoped
public class ObjectStorage {

    /** An object's content to stream, its size (-1 when the server did not say) and its entity tag. */
    public record StoredObject(InputStream content, long size, String etag) {
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws Exception;
    }

    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration TRANSFER = Duration.ofSeconds(30);
    // readiness probes must answer well within the orchestrator's own timeout
    private static final Duration PROBE = Duration.ofSeconds(2);

    private final String bucket;
    private final String endpoint;
    private final MinioClient client;
    private final MinioClient probe;
    private volatile boolean bucketReady;

    ObjectStorage(StorageConfig config) {
        this.bucket = config.bucket();
        this.endpoint = config.endpoint();
        this.client = client(config, CONNECT, TRANSFER);
        this.probe = client(config, PROBE, PROBE);
    }

    void onStart(@Observes StartupEvent event) {
        try {
            ensureBucket();
        } catch (Unavailable e) {
            Log.warnf("Object storage at %s is not reachable; the bucket %s is checked again on first use",
                    endpoint, bucket);
        }
    }

    public void put(String key, byte[] content, String contentType) {
        call(() -> client.putObject(PutObjectArgs.builder().bucket(ensureBucket()).object(key)
                .stream(new ByteArrayInputStream(content), content.length, -1).contentType(contentType).build()));
    }

    /** The object with its size and entity tag, or empty when there is no such key. */
    public Optional<StoredObject> get(String key) {
        return call(() -> {
            try {
                GetObjectResponse object = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
                String length = object.headers().get("Content-Length");
                long size = length == null ? -1 : Long.parseLong(length);
                String etag = object.headers().get("ETag").replace("\"", "");
                return Optional.of(new StoredObject(object, size, etag));
            } catch (ErrorResponseException e) {
                if (isMissing(e)) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** Removes the object; removing one that is not there is no error. */
    public void remove(String key) {
        call(() -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    /** Whether the bucket answers within a short timeout, for the readiness check. */
    boolean reachable() {
        try {
            return probe.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
        } catch (Exception e) {
            return false;
        }
    }

    String bucket() {
        return bucket;
    }

    private String ensureBucket() {
        if (!bucketReady) {
            call(() -> {
                if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                    Log.infof("Created the media bucket %s at %s", bucket, endpoint);
                }
                return null;
            });
            bucketReady = true;
        }
        return bucket;
    }

    private <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            Log.warnf("Object storage at %s failed: %s", endpoint, e.toString());
            throw new Unavailable("Image storage is unavailable; please try again in a few minutes");
        }
    }

    private static boolean isMissing(ErrorResponseException e) {
        String code = e.errorResponse().code();
        return "NoSuchKey".equals(code) || "NoSuchObject".equals(code);
    }

    private static MinioClient client(StorageConfig config, Duration connect, Duration transfer) {
        return MinioClient.builder()
                .endpoint(config.endpoint())
                .credentials(config.accessKey(), config.secretKey())
                .region(config.region())
                .httpClient(HttpUtils.newDefaultHttpClient(connect.toMillis(), transfer.toMillis(), transfer.toMillis()))
                .build();
    }
}
