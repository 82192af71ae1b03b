/** The benchmark's baseline: answers every request with a short text and does nothing else. */
export default {
  fetch(): Response {
    return new Response("hello, world\n", { headers: { "content-type": "text/plain; charset=utf-8" } });
  },
};
