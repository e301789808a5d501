"""Prints the current RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret: python3 totp.py SECRET."""
import base64, hashlib, hmac, struct, sys, time

key = base64.b32decode(sys.argv[1].replace(" ", "").upper())
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 0x0F
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000))
