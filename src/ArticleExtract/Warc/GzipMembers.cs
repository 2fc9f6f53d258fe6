using System.Buffers.Binary;
using System.IO.Compression;

namespace ArticleExtract.Warc;

/// <summary>
/// A gzip archive as its members (RFC 1952), each inflated on its own so that its file offset
/// and its end are known: the offset of a record's member is where one seeks to read the record
/// again. A member is checked against its trailer (CRC-32 and length). After a damaged member,
/// the next good one is found by scanning for a gzip header whose content starts a WARC record.
/// </summary>
internal sealed class GzipMembers : ISegmentSource
{
    private const byte Id1 = 0x1F;
    private const byte Id2 = 0x8B;
    private const byte Deflate = 8;
    private const int MaxHeaderFieldLength = 64 * 1024;
    private static ReadOnlySpan<byte> Magic => [Id1, Id2, Deflate];
    private static ReadOnlySpan<byte> WarcStart => "WARC/"u8;

    private readonly RawInput _raw;
    private readonly MemberFeed _feed;
    private DeflateStream? _inflater;
    private uint _crc;
    private long _size;
    private bool _resync;
    private readonly byte[] _probe = new byte[5];
    private int _probeStart;
    private int _probeEnd;

    public GzipMembers(RawInput raw)
    {
        _raw = raw;
        _feed = new MemberFeed(raw);
    }

    public long SegmentOffset { get; private set; }

    public bool IsCompressed => true;

    public long BytesRead => _raw.Position;

    public bool NextSegment()
    {
        Drain();
        while (true)
        {
            _raw.Pin = -1;
            if (_resync ? !ScanForMagic() : _raw.AtEnd)
            {
                return false;
            }

            SegmentOffset = _raw.Position;
            var error = StartMember();
            if (error is not null)
            {
                if (_resync)
                {
                    StepPastCandidate();
                    continue;
                }

                _resync = true;
                throw new WarcFormatException($"No gzip member can be read at offset {SegmentOffset}: {error}", SegmentOffset);
            }

            if (_resync && !ProbeWarcStart())
            {
                Close();
                StepPastCandidate();
                continue;
            }

            _resync = false;
            return true;
        }
    }

    public int Read(Span<byte> buffer)
    {
        if (_probeStart < _probeEnd)
        {
            var count = Math.Min(buffer.Length, _probeEnd - _probeStart);
            _probe.AsSpan(_probeStart, count).CopyTo(buffer);
            _probeStart += count;
            return count;
        }

        if (_inflater is null || buffer.IsEmpty)
        {
            return 0;
        }

        int read;
        try
        {
            read = _inflater.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw Abandon($"the gzip member at offset {SegmentOffset} is corrupt ({e.Message})", e);
        }

        if (read > 0)
        {
            _crc = Crc32.Append(_crc, buffer[..read]);
            _size += read;
            return read;
        }

        FinishMember();
        return 0;
    }

    /// <summary>Reads the member header and starts inflating; returns why it cannot, or null.</summary>
    private string? StartMember()
    {
        if (!_raw.Ensure(10))
        {
            return "the file ends inside a gzip header";
        }

        var header = _raw.Available;
        if (!header[..3].SequenceEqual(Magic))
        {
            return "the bytes there are not a gzip header";
        }

        var flags = header[3];
        if ((flags & 0xE0) != 0)
        {
            return "the gzip header has reserved flags set";
        }

        var length = 10;
        if ((flags & 0x04) != 0)
        {
            if (!_raw.Ensure(length + 2))
            {
                return "the file ends inside a gzip header";
            }

            length += 2 + BinaryPrimitives.ReadUInt16LittleEndian(_raw.Available[length..]);
        }

        foreach (var flag in (byte[])[0x08, 0x10])
        {
            if ((flags & flag) != 0 && !SkipZeroTerminated(ref length))
            {
                return "a gzip header field does not end";
            }
        }

        length += (flags & 0x02) != 0 ? 2 : 0;
        if (!_raw.Ensure(length))
        {
            return "the file ends inside a gzip header";
        }

        _raw.Advance(length);
        _inflater = new DeflateStream(_feed.Restart(SegmentOffset), CompressionMode.Decompress, leaveOpen: true);
        _crc = 0;
        _size = 0;
        return null;
    }

    private bool SkipZeroTerminated(ref int length)
    {
        var limit = length + MaxHeaderFieldLength;
        while (length < limit && _raw.Ensure(length + 1))
        {
            if (_raw.Available[length++] == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The inflater has ended: the trailer (CRC-32, then the length modulo 2^32) starts where the
    /// deflate data ended, somewhere in the last slice the inflater was given: the first position
    /// there whose CRC and length both match the content. When there is none, the member is cut
    /// short or corrupt, and the next member is looked for right after its start.
    /// </summary>
    private void FinishMember()
    {
        var sliceStart = _feed.LastSliceStart;
        var sliceLength = _feed.LastSliceLength;
        var reachedEnd = _feed.ReachedEnd;
        var rescanFrom = _feed.RescanFrom;
        Close();
        _raw.MoveTo(sliceStart);
        for (var end = 0; end <= sliceLength && _raw.Ensure(end + 8); end++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(_raw.Available[(end + 4)..]) == (uint)_size
                && BinaryPrimitives.ReadUInt32LittleEndian(_raw.Available[end..]) == _crc)
            {
                _raw.Advance(end + 8);
                return;
            }
        }

        _raw.MoveTo(rescanFrom);
        _resync = true;
        throw new WarcFormatException(reachedEnd
            ? $"The gzip member at offset {SegmentOffset} is cut short: the file ends inside it."
            : $"The gzip member at offset {SegmentOffset} is corrupt (its checksum does not match its content).", SegmentOffset);
    }

    private WarcFormatException Abandon(string message, Exception cause)
    {
        var rescanFrom = _feed.RescanFrom;
        Close();
        _raw.MoveTo(rescanFrom);
        _resync = true;
        return new WarcFormatException(char.ToUpperInvariant(message[0]) + message[1..] + ".", SegmentOffset, cause);
    }

    /// <summary>When looking for a good member after a damaged one: its content must start a record.</summary>
    private bool ProbeWarcStart()
    {
        _probeStart = _probeEnd = 0;
        try
        {
            while (_probeEnd < _probe.Length)
            {
                var read = _inflater!.Read(_probe.AsSpan(_probeEnd));
                if (read == 0)
                {
                    return false;
                }

                _crc = Crc32.Append(_crc, _probe.AsSpan(_probeEnd, read));
                _size += read;
                _probeEnd += read;
            }
        }
        catch (Exception e) when (e is InvalidDataException or WarcFormatException)
        {
            return false;
        }

        return _probe.AsSpan().SequenceEqual(WarcStart);
    }

    /// <summary>Skips what is left of the current member, so the next one can start.</summary>
    private void Drain()
    {
        if (_inflater is null)
        {
            return;
        }

        var scratch = new byte[16 * 1024];
        try
        {
            while (Read(scratch) > 0)
            {
            }
        }
        catch (WarcFormatException)
        {
            // Reported already for the record that was cut; the scan for the next member follows.
            _resync = true;
        }
    }

    /// <summary>A candidate member was not one: the scan goes on from its second byte (kept buffered by <see cref="MemberFeed"/>).</summary>
    private void StepPastCandidate() => _raw.MoveTo(SegmentOffset + 1);

    private bool ScanForMagic()
    {
        while (_raw.Ensure(3))
        {
            var available = _raw.Available;
            var index = available.IndexOf(Magic);
            if (index >= 0)
            {
                _raw.Advance(index);
                return true;
            }

            _raw.Advance(available.Length - 2);
        }

        _raw.Advance(_raw.Available.Length);
        return false;
    }

    private void Close()
    {
        _inflater?.Dispose();
        _inflater = null;
        _probeStart = _probeEnd = 0;
    }
}
