#pragma once

#include <new>
#include <utility>

namespace Ari {

namespace Detail {

//! Freed boxes of one size, kept per thread for the next box of that size.
//! Boxes are big (over a kilobyte for some events), and every big malloc()
//! makes glibc consolidate the thread's small free chunks first: at hundreds
//! of thousands of events a second that is a tenth of the parse thread.
template<std::size_t Size>
class BoxCache
{
public:
    static void *take()
    {
        BoxCache &c = local();
        return c.m_count > 0 ? c.m_blocks[--c.m_count] : ::operator new(Size);
    }
    static void give(void *block)
    {
        BoxCache &c = local();
        if (c.m_count >= 0 && c.m_count < capacity)
            c.m_blocks[c.m_count++] = block;
        else
            ::operator delete(block);
    }
    ~BoxCache()
    {
        for (int i = 0; i < m_count; ++i)
            ::operator delete(m_blocks[i]);
        m_count = -1; // gone: boxes freed later at thread exit go straight back to malloc
    }

private:
    static constexpr int capacity = 64;
    static BoxCache &local()
    {
        static thread_local BoxCache cache;
        return cache;
    }
    void *m_blocks[capacity];
    int m_count = 0;
};

} // namespace Detail

//! A value held on the heap with value semantics: copies copy the value, moves
//! move the pointer. Big event payloads live in one, so that an Event stays a
//! few hundred bytes however big the biggest event type is. Never empty except
//! after being moved from.
template<typename T>
class Boxed
{
public:
    Boxed() : m_value(make()) {}
    Boxed(T value) : m_value(make(std::move(value))) {}
    Boxed(const Boxed &other) : m_value(other.m_value ? make(*other.m_value) : nullptr) {}
    Boxed(Boxed &&other) noexcept : m_value(std::exchange(other.m_value, nullptr)) {}
    Boxed &operator=(const Boxed &other)
    {
        if (this != &other) {
            if (m_value && other.m_value)
                *m_value = *other.m_value;
            else
                reset(other.m_value ? make(*other.m_value) : nullptr);
        }
        return *this;
    }
    Boxed &operator=(Boxed &&other) noexcept
    {
        if (this != &other)
            reset(std::exchange(other.m_value, nullptr));
        return *this;
    }
    ~Boxed() { reset(nullptr); }

    T *get() { return m_value; }
    const T *get() const { return m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return m_value; }
    const T *operator->() const { return m_value; }
    friend bool operator==(const Boxed &a, const Boxed &b)
    {
        return a.m_value && b.m_value ? *a.m_value == *b.m_value : a.m_value == b.m_value;
    }

private:
    using Cache = Detail::BoxCache<sizeof(T)>;
    template<typename... Args>
    static T *make(Args &&...args)
    {
        void *block = Cache::take();
        try {
            return new (block) T(std::forward<Args>(args)...);
        } catch (...) {
            Cache::give(block);
            throw;
        }
    }
    void reset(T *value)
    {
        if (m_value) {
            m_value->~T();
            Cache::give(m_value);
        }
        m_value = value;
    }

    T *m_value = nullptr;
};

//! The value itself, boxed or not (for code that visits payloads).
template<typename T>
const T &unboxed(const T &v)
{
    return v;
}
template<typename T>
const T &unboxed(const Boxed<T> &v)
{
    return *v;
}
template<typename T>
T &unboxed(T &v)
{
    return v;
}
template<typename T>
T &unboxed(Boxed<T> &v)
{
    return *v;
}

} // namespace Ari
