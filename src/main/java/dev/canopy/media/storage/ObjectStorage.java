package dev.canopy.media.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.canopy.platform.errors.Unavailable;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.errors.ErrorResponseException;
import io.minio.http.HttpUtils;
import io.minio.messages.Item;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import okhttp3.OkHttpClient;

/**
 * The media bucket on an S3-compatible server. Every call is bounded: a few seconds to connect and per
 * read or write, and a bulkhead of concurrent calls. Whatever keeps storage from answering becomes
 * {@link Unavailable} (503) for the caller; the app itself starts and runs without it, and its start
 * never waits for storage: the client is built and the bucket checked on a thread of their own.
 */
@ApplicationScoped
public class ObjectStorage {

    /** An object's content to stream, its size (-1 when the server did not say) and its entity tag. */
    public record StoredObject(InputStream content, long size, String etag) {
    }

    /** A key in the bucket and when it was written. */
    public record Listed(String key, Instant written) {
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws Exception;
    }

    // a short wait absorbs a burst of thumbnails; a longer one would only park workers behind a hung server
    private static final long TURN_MILLIS = 500;

    private final String bucket;
    private final String endpoint;
    private final StorageConfig config;
    private final Semaphore bulkhead;
    private volatile MinioClient client;
    private volatile OkHttpClient http;
    private volatile boolean bucketReady;

    ObjectStorage(StorageConfig config) {
        this.bucket = config.bucket();
        this.endpoint = config.endpoint();
        this.config = config;
        this.bulkhead = new Semaphore(config.maxConcurrentCalls());
    }

    /**
     * Checks (or creates) the bucket in the background: a storage server that is down, or hangs until the
     * timeouts, must not hold up the start, nor must building the client (which reads every certificate
     * of {@code SSL_CERT_FILE} when that is set).
     */
    void onStart(@Observes StartupEvent event) {
        Thread check = new Thread(() -> {
            try {
                ensureBucket();
            } catch (Unavailable e) {
                Log.warnf("Object storage at %s is not reachable; the bucket %s is checked again on first use",
                        endpoint, bucket);
            }
        }, "storage-bucket-check");
        check.setDaemon(true);
        check.start();
    }

    public void put(String key, byte[] content, String contentType) {
        ensureBucket();
        call(() -> client().putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new ByteArrayInputStream(content), content.length, -1).contentType(contentType).build()));
    }

    /**
     * The object with its size and entity tag, or empty when there is no such key. The bulkhead covers
     * the call up to the answer's headers; reading the content is bounded by the read timeout alone, so
     * that a shopper's slow phone holds no turn of the bulkhead.
     */
    public Optional<StoredObject> get(String key) {
        return call(() -> {
            try {
                GetObjectResponse object = client().getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
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

    /** Every key under the prefix with the time it was written, for the sweeper. */
    public List<Listed> list(String prefix) {
        return call(() -> {
            List<Listed> listed = new ArrayList<>();
            for (Result<Item> result : client().listObjects(
                    ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).build())) {
                Item item = result.get();
                listed.add(new Listed(item.objectName(), item.lastModified().toInstant()));
            }
            return listed;
        });
    }

    /** Removes the object; removing one that is not there is no error. */
    public void remove(String key) {
        call(() -> {
            client().removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    /** Whether the bucket answers, for the storage health group; a full bulkhead counts as down. */
    boolean reachable() {
        try {
            return call(() -> client().bucketExists(BucketExistsArgs.builder().bucket(bucket).build()));
        } catch (Unavailable e) {
            return false;
        }
    }

    String bucket() {
        return bucket;
    }

    private void ensureBucket() {
        if (!bucketReady) {
            call(() -> {
                if (!client().bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                    try {
                        client().makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                        Log.infof("Created the media bucket %s at %s", bucket, endpoint);
                    } catch (ErrorResponseException e) {
                        // the start's check and a first upload may both find it missing: the second is no failure
                        if (!"BucketAlreadyOwnedByYou".equals(e.errorResponse().code())) {
                            throw e;
                        }
                    }
                }
                return null;
            });
            bucketReady = true;
        }
    }

    /** The client, built on first use: building it is slow (TLS set-up) and needs no server. */
    private MinioClient client() {
        MinioClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    long stall = config.readTimeout().toMillis();
                    // a write that stalls is the same failure as a read that does
                    http = HttpUtils.newDefaultHttpClient(config.connectTimeout().toMillis(), stall, stall);
                    built = MinioClient.builder()
                            .endpoint(config.endpoint())
                            .credentials(config.accessKey(), config.secretKey())
                            .region(config.region())
                            .httpClient(http)
                            .build();
                    client = built;
                }
            }
        }
        return built;
    }

    private <T> T call(Call<T> call) {
        // a transaction open across a storage call holds a database connection for as long as storage stalls
        if (QuarkusTransaction.isActive()) {
            throw new IllegalStateException("Object storage is called inside a transaction; call it before or after");
        }
        if (!turn()) {
            Log.warnf("Object storage at %s is saturated: every turn of the bulkhead is taken", endpoint);
            throw unavailable();
        }
        try {
            return attempt(call);
        } catch (Exception e) {
            Log.warnf("Object storage at %s failed: %s", endpoint, e.toString());
            throw unavailable();
        } finally {
            bulkhead.release();
        }
    }

    /**
     * Every call is idempotent (a put names its key), so one that broke on a kept-alive connection the
     * server has since closed (it restarted) is tried once more on a fresh one. A timeout or a refused
     * connection is not: the server is down or hung, and trying again only doubles the wait.
     */
    private <T> T attempt(Call<T> call) throws Exception {
        try {
            return call.run();
        } catch (IOException e) {
            if (e instanceof InterruptedIOException || e instanceof ConnectException) {
                throw e;
            }
            http.connectionPool().evictAll();
            return call.run();
        }
    }

    private boolean turn() {
        try {
            return bulkhead.tryAcquire(TURN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Unavailable unavailable() {
        return new Unavailable("Image storage is unavailable; please try again in a few minutes");
    }

    private static boolean isMissing(ErrorResponseException e) {
        String code = e.errorResponse().code();
        return "NoSuchKey".equals(code) || "NoSuchObject".equals(code);
    }
}
