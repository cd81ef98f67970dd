"""QR code data codewords with Reed-Solomon error correction (ISO/IEC 18004 §7.4–7.6).

The same result as reportlab's ``QRCode.createData`` (its segments write the bit stream,
its block table splits it), computed with integers instead of bit-by-bit buffers and
polynomial objects: the stream is one int, and each block's remainder is a shift
register whose feedback is a 256-entry table of generator multiples per degree.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain, zip_longest
from typing import Any

from reportlab.graphics.barcode import qrencoder

PAD = (0xEC, 0x11)


class _Bits:
    """The ``put`` interface reportlab's segments write into, kept as one integer."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length


def _gf_mul(a: int, b: int) -> int:
    if not a or not b:
        return 0
    return int(qrencoder.EXP_TABLE[(qrencoder.LOG_TABLE[a] + qrencoder.LOG_TABLE[b]) % 255])


@lru_cache(maxsize=32)
def _feedback(degree: int) -> tuple[int, ...]:
    """For each byte value f: f × (generator polynomial without its leading 1), as an
    int of ``degree`` bytes — what a remainder register XORs in when f leaves it."""
    generator: list[int] = qrencoder.QRUtil.getErrorCorrectPolynomial(degree).num
    assert len(generator) == degree + 1 and generator[0] == 1
    tail = generator[1:]
    return tuple(int.from_bytes(bytes(_gf_mul(f, g) for g in tail), "big") for f in range(256))


def remainder(data: bytes, degree: int) -> bytes:
    """The ``degree`` error correction codewords of one block."""
    table = _feedback(degree)
    shift = 8 * (degree - 1)
    full = (1 << (8 * degree)) - 1
    reg = 0
    for byte in data:
        reg = ((reg << 8) & full) ^ table[byte ^ (reg >> shift)]
    return reg.to_bytes(degree, "big")


def codewords(version: int, level: int, segments: list[Any]) -> bytes:
    """Data and error correction codewords of a symbol, interleaved by block."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    capacity = 8 * sum(b.dataCount for b in blocks)
    bits = _Bits()
    for segment in segments:
        segment.write(bits, version)
    if bits.length > capacity:
        raise ValueError(f"QR data too long ({bits.length} > {capacity} bits)")
    terminator = min(4, capacity - bits.length)
    bits.put(0, terminator)
    bits.put(0, -bits.length % 8)
    stream = bits.value.to_bytes(bits.length // 8, "big")
    stream += bytes(PAD[i % 2] for i in range(capacity // 8 - len(stream)))
    data: list[bytes] = []
    ecc: list[bytes] = []
    offset = 0
    for block in blocks:
        data.append(stream[offset : offset + block.dataCount])
        offset += block.dataCount
        ecc.append(remainder(data[-1], block.totalCount - block.dataCount))
    interleaved = chain.from_iterable(chain(zip_longest(*data), zip_longest(*ecc)))
    return bytes(b for b in interleaved if b is not None)
