package org.paperdigest.digest.internal.cache;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says about a file without reading it, as git's index keeps it: size,
 * modification and status-change times (nanoseconds), inode and device. Any write to the file
 * changes its status-change time, which no tool can set back, and a file put in its place has
 * another inode; so equal stamps mean equal bytes, unless the file was written again within the
 * timestamp resolution after it was stamped, which {@link #settledBefore} rules out.
 *
 * <p>Read through the {@code unix} attribute view (Linux, macOS); where it is missing there are no
 * stamps, and every file is read and hashed.
 */
public record FileStamp(long size, long modified, long changed, long inode, long device) {

  /** Whether this platform gives stamps. */
  public static final boolean SUPPORTED =
      FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

  private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev,isRegularFile";

  /**
   * The stamp of {@code file}, the real path of a file inside the repository (no link left on the
   * way, so nothing outside is looked at); {@code null} when the platform gives none, or the path
   * is not a regular file or cannot be read (the caller finds out why as it does without stamps).
   */
  public static FileStamp ofRegularFile(Path file) {
    if (!SUPPORTED) {
      return null;
    }
    Map<String, Object> a;
    try {
      a = Files.readAttributes(file, ATTRIBUTES);
    } catch (IOException | SecurityException e) {
      return null;
    }
    if (!(Boolean) a.get("isRegularFile")) {
      return null;
    }
    return new FileStamp(
        (Long) a.get("size"),
        nanos(a.get("lastModifiedTime")),
        nanos(a.get("ctime")),
        (Long) a.get("ino"),
        (Long) a.get("dev"));
  }

  /**
   * Whether both times lie before {@code instantNanos}: stamped then, a file whose times are older
   * than the timestamp resolution cannot be written again without its stamp changing.
   */
  boolean settledBefore(long instantNanos) {
    return modified < instantNanos && changed < instantNanos;
  }

  private static long nanos(Object time) {
    return ((FileTime) time).to(TimeUnit.NANOSECONDS);
  }
}
