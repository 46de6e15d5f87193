package io.wirewatch.streams;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * One memory budget for every RocksDB store of the process, instead of Kafka Streams' per-store defaults.
 *
 * <p>Why: the topology has eleven persistent stores; with four partitions that is 44 RocksDB instances,
 * each by default with its own 50 MB block cache and up to three 16 MB memtables. The bench measured the
 * service at ~900 MB RSS with a 512 MB heap while processing 200,000 messages (docs/PERFORMANCE.md). Here
 * all instances share one LRU cache of {@value #TOTAL_MB} MB, memtables included (charged to the cache
 * through a {@link WriteBufferManager}), so off-heap memory no longer grows with the partition count.
 *
 * <p>The values are small because the stores are small: ledgers per claimant and day, alerts, hourly
 * topic counts, and the articles table (the largest; its reads are point lookups from the HTTP API).
 * Override with {@code rocksdb.config.setter} when a deployment needs more.
 */
public final class BoundedRocksDbConfig implements RocksDBConfigSetter {
    /** Block cache plus memtables of all stores together. */
    static final long TOTAL_MB = 96;
    /** Share of {@link #TOTAL_MB} that memtables may take before RocksDB flushes them. */
    static final long MEMTABLE_MB = 32;
    /** Per-store memtable: small stores fill few; the manager's total is what bounds memory. */
    static final long MEMTABLE_SIZE_MB = 8;
    /**
     * Memory a memtable takes at a time. RocksDB's default is an eighth of the memtable (1 MB here), and every
     * store instance with one write holds a block: 9 written stores on 4 partitions hold 36 MB of blocks, more
     * than {@link #MEMTABLE_MB}, so the shared manager asked for a flush on almost every write. The bench
     * profile showed it: RocksDB's background threads took 22 s of a 151 s run (45 s under at-least-once)
     * flushing and compacting tiny files, 0.9 s with 64 KB blocks (docs/PERFORMANCE.md).
     */
    static final long ARENA_BLOCK_KB = 64;

    private static final Cache CACHE = new LRUCache(TOTAL_MB << 20, -1, false, 0.1);
    private static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(MEMTABLE_MB << 20, CACHE);

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(CACHE);
        // Index and filter blocks count against the same budget, pinned so lookups stay fast.
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(WRITE_BUFFERS);
        options.setWriteBufferSize(MEMTABLE_SIZE_MB << 20);
        options.setMaxWriteBufferNumber(2);
        options.setArenaBlockSize(ARENA_BLOCK_KB << 10);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the write-buffer manager are shared by every store of the process: never closed here.
    }
}
