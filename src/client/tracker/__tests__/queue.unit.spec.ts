import { memoryStorage } from "../environment"
import { OutboundQueue, type QueuedItem } from "../queue"

const item = (id: string, kind: QueuedItem["kind"] = "events", extra: Record<string, unknown> = {}): QueuedItem => ({
  kind,
  payload: { message_id: id, ...extra },
})

describe("OutboundQueue", () => {
  it("survives a reload: a new queue over the same storage holds the same items in order", async () => {
    const storage = memoryStorage()
    const before = new OutboundQueue(storage, "q", 10)
    before.push(item("a"))
    before.push(item("b", "catalog"))
    await Promise.resolve() // a reload happens in a later task
    const after = new OutboundQueue(storage, "q", 10)
    expect(after.peekBatch(10, 1e6).map((i) => i.payload.message_id)).toEqual(["a"])
    after.remove(["a"])
    expect(after.peekBatch(10, 1e6)).toEqual([item("b", "catalog")])
  })

  it("keeps at most maxItems, dropping the oldest and counting them", () => {
    const queue = new OutboundQueue(null, "q", 3)
    for (const id of ["a", "b", "c", "d", "e"]) queue.push(item(id))
    expect(queue.size).toBe(3)
    expect(queue.dropped).toBe(2)
    expect(queue.peekBatch(10, 1e6).map((i) => i.payload.message_id)).toEqual(["c", "d", "e"])
  })

  it("batches only the kind at the head, up to maxItems and maxBytes", () => {
    const queue = new OutboundQueue(null, "q", 100)
    queue.push(item("e1"))
    queue.push(item("c1", "catalog"))
    queue.push(item("e2"))
    queue.push(item("e3"))
    expect(queue.peekBatch(2, 1e6).map((i) => i.payload.message_id)).toEqual(["e1", "e2"])
    const oneItemBytes = JSON.stringify(item("e1").payload).length + 1
    expect(queue.peekBatch(10, oneItemBytes * 2).map((i) => i.payload.message_id)).toEqual(["e1", "e2"])
    queue.remove(["e1", "e2", "e3"])
    expect(queue.peekBatch(10, 1e6).map((i) => i.payload.message_id)).toEqual(["c1"])
  })

  it("for a closing page, takes the oldest items of every kind that fit one byte budget in all, in batches of at most maxItems", () => {
    const queue = new OutboundQueue(null, "q", 100)
    for (const [id, kind] of [["e1", "events"], ["c1", "catalog"], ["e2", "events"], ["e3", "events"], ["c2", "catalog"]] as const) {
      queue.push(item(id, kind))
    }
    const ids = (batches: QueuedItem[][]) => batches.map((batch) => batch.map((i) => i.payload.message_id))
    expect(ids(queue.peekForExit(2, 1e6))).toEqual([["e1", "e2"], ["c1", "c2"], ["e3"]])
    const oneItemBytes = JSON.stringify(item("e1").payload).length + 1
    // The budget is shared by all the batches: three items' worth stops before the fourth, oldest first.
    expect(ids(queue.peekForExit(10, oneItemBytes * 3))).toEqual([["e1", "e2"], ["c1"]])
    expect(queue.size).toBe(5)
  })

  it("takes an item over the byte budget alone, so one big item cannot block the queue", () => {
    const queue = new OutboundQueue(null, "q", 10)
    queue.push(item("big", "events", { label: "x".repeat(5000) }))
    queue.push(item("small"))
    expect(queue.peekBatch(10, 100).map((i) => i.payload.message_id)).toEqual(["big"])
  })

  it("starts empty from corrupt or foreign storage and keeps working when storage throws", () => {
    const corrupt = memoryStorage()
    corrupt.setItem("q", "{not json")
    expect(new OutboundQueue(corrupt, "q", 10).size).toBe(0)
    const foreign = memoryStorage()
    foreign.setItem("q", JSON.stringify([{ kind: "events" }, item("ok"), { kind: "other", payload: { message_id: "x" } }]))
    expect(new OutboundQueue(foreign, "q", 10).peekBatch(10, 1e6).map((i) => i.payload.message_id)).toEqual(["ok"])
    const full = { getItem: () => null, setItem: () => { throw new Error("QuotaExceededError") }, removeItem: () => undefined }
    const queue = new OutboundQueue(full, "q", 10)
    expect(() => queue.push(item("a"))).not.toThrow()
    expect(queue.size).toBe(1)
  })

  it("writes storage once at the end of a task however many items the task queued", async () => {
    const storage = memoryStorage()
    const writes: string[] = []
    const counting = { ...storage, setItem: (key: string, value: string) => (writes.push(key), storage.setItem(key, value)) }
    const queue = new OutboundQueue(counting, "q", 1000)
    for (let i = 0; i < 100; i++) queue.push(item(`m${i}`))
    expect(writes).toEqual([])
    await Promise.resolve()
    expect(writes).toEqual(["q"])
    expect(new OutboundQueue(storage, "q", 1000).size).toBe(100)
    queue.remove(["m0", "m1"])
    await Promise.resolve()
    expect(writes).toEqual(["q", "q"])
    expect(new OutboundQueue(storage, "q", 1000).size).toBe(98)
  })

  it("clear empties the queue and its storage, and a write still pending from the task is cancelled", async () => {
    const storage = memoryStorage()
    const queue = new OutboundQueue(storage, "q", 10)
    queue.push(item("a"))
    queue.clear()
    await Promise.resolve()
    expect(storage.getItem("q")).toBeNull()
  })

  it("clear empties the queue and its storage", () => {
    const storage = memoryStorage()
    const queue = new OutboundQueue(storage, "q", 10)
    queue.push(item("a"))
    queue.clear()
    expect(queue.size).toBe(0)
    expect(storage.getItem("q")).toBeNull()
  })
})
