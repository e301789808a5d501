"""The contact form under load: 50 submissions a second for 20 seconds, each from its own network (a page fetched
for its one-time token, then the form sent), then one network sending 20 in a row. Prints what was accepted."""
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base = sys.argv[1]
TOKEN = re.compile(r'name="token" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def send(i, network):
    page = urllib.request.urlopen(base + "/help/en/contact").read().decode()
    token = TOKEN.search(page).group(1)
    form = urllib.parse.urlencode({
        "token": token, "language": "en", "reachBack": "WILL_CALL", "inDanger": "no",
        "message": "Bench message %d from network %s" % (i, network), "website": ""}).encode()
    request = urllib.request.Request(base + "/help/en/contact", data=form,
                                     headers={"X-Forwarded-For": network})
    started = time.perf_counter()
    try:
        status = opener.open(request).status
    except urllib.error.HTTPError as e:
        status = e.code
    return status, time.perf_counter() - started


rate, seconds = 50, 20
results = []
lock = threading.Lock()
with ThreadPoolExecutor(max_workers=32) as pool:
    futures = []
    start = time.perf_counter()
    for i in range(rate * seconds):
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        network = "10.%d.%d.7" % ((i // 250) % 250, i % 250)
        futures.append(pool.submit(send, i, network))
    for f in futures:
        results.append(f.result())
    elapsed = time.perf_counter() - start
accepted = sum(1 for s, _ in results if s == 303)
times = sorted(t for _, t in results)
p99 = times[int(len(times) * 0.99) - 1] * 1000
print("many networks: %d sent in %.1f s (%.1f/s), %d accepted (303), p99 of the POST %.0f ms"
      % (len(results), elapsed, len(results) / elapsed, accepted, p99))
one = [send(i, "192.168.77.5")[0] for i in range(20)]
print("one network, 20 in a row: %d accepted, %d held (429)" % (one.count(303), one.count(429)))
