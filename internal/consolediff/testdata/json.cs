// Newtonsoft.Json: JsonConvert.SerializeObject (compact and indented) and
// DeserializeObject<T> on program classes, lists, dictionaries and arrays,
// [JsonProperty] and [JsonIgnore], and the exceptions malformed JSON raises. Only behaviour that Json.NET 6
// (Mono's) and Json.NET 13 share is printed: doubles whose shortest text
// has at most 15 digits, and errors that are not at the very first
// character.
using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace JsonDemo
{
    enum Color { Red, Green, Blue }

    class Entity
    {
        public int Id { get; set; }
        public string createdBy = "system";
    }

    class Product : Entity
    {
        public string Name { get; set; }
        public double Price { get; set; }
        public List<string> Tags = new List<string>();
        public Dictionary<string, int> Stock = new Dictionary<string, int>();
        public bool InStock { get { return Stock.Count > 0; } }
        public Color Color { get; set; }
        public Product Related;
        public int[] Sizes;
        private string secret = "hidden";
        public long Big = 9007199254740993L;

        public string Secret() { return secret; }
    }

    class Order
    {
        public string Customer { get; set; }
        public List<Product> Items { get; set; }
        public DateTime Placed { get; set; }
        public char Grade = 'A';
        public byte[] Signature = new byte[] { 1, 2, 250 };
        public object Extra;
    }

    // Attributes and what deserialization leaves alone: Json.NET adds to
    // a list a member already holds and skips read-only members.
    class Settings
    {
        [JsonProperty("max_items")] public int MaxItems = 10;
        [JsonIgnore] public string Cache = "c";
        public List<string> Names = new List<string> { "default" };
        public int Version { get; private set; }
        public readonly string Kind = "settings";
        public Entity Owner = new Entity { Id = 1 };

        public Settings() { Version = 1; }
    }

    class Program
    {
        static void Main()
        {
            var p = new Product { Id = 7, Name = "Tea \"Earl Grey\"", Price = 4.5, Color = Color.Blue };
            p.Tags.Add("drink");
            p.Tags.Add("hot\tleaf");
            p.Stock["berlin"] = 3;
            p.Stock["paris"] = 0;
            p.Sizes = new int[] { 100, 250 };
            Console.WriteLine(JsonConvert.SerializeObject(p));
            Console.WriteLine(JsonConvert.SerializeObject(p, Formatting.Indented));

            // A null string would print as "" (the translation's strings
            // are never null), so every string member is set.
            var empty = new Product { Name = "" };
            Console.WriteLine(JsonConvert.SerializeObject(empty));
            Console.WriteLine(JsonConvert.SerializeObject(empty, Formatting.Indented));

            var o = new Order { Customer = "Zoë <z@example.com> & co", Items = new List<Product> { p, empty }, Placed = new DateTime(2024, 3, 9, 14, 5, 0) };
            o.Extra = 42;
            Console.WriteLine(JsonConvert.SerializeObject(o));

            Console.WriteLine(JsonConvert.SerializeObject(new List<int>()));
            Console.WriteLine(JsonConvert.SerializeObject(new double[] { 0, 1, 2.5, -3.25, 1e300, 1e-7, 100 }));
            Console.WriteLine(JsonConvert.SerializeObject("line1\nline2\r\\ \u0001 \u001f end"));
            Console.WriteLine(JsonConvert.SerializeObject(true) + " " + JsonConvert.SerializeObject(12) + " " + JsonConvert.SerializeObject(null));
            var nested = new Dictionary<string, List<int>>();
            nested["a"] = new List<int> { 1, 2 };
            nested["b"] = new List<int>();
            Console.WriteLine(JsonConvert.SerializeObject(nested, Formatting.Indented));

            string json = "{\"id\": 12, \"NAME\": \"Green tea\", \"price\": 3, \"tags\": [\"cold\"],"
                + " \"stock\": {\"rome\": 5}, \"unknown\": {\"deep\": [1, 2, {\"x\": null}]}, \"Color\": 1,"
                + " \"related\": {\"name\": \"Cup\"}, \"sizes\": [1, 2, 3]}";
            var q = JsonConvert.DeserializeObject<Product>(json);
            Console.WriteLine(q.Id + " " + q.Name + " " + q.Price + " " + q.Tags.Count + " " + q.Tags[0]);
            Console.WriteLine(q.Stock["rome"] + " " + q.Color + " " + q.Related.Name + " " + q.Related.Tags.Count + " " + q.Sizes.Length);
            Console.WriteLine(q.createdBy + " " + q.Secret() + " " + q.Big + " " + q.InStock);

            var r = JsonConvert.DeserializeObject<Product>("{'name': 'single quotes', price: '2.25', id: \"5\"}");
            Console.WriteLine(r.Name + " " + r.Price + " " + r.Id);

            var order = JsonConvert.DeserializeObject<Order>(JsonConvert.SerializeObject(o));
            Console.WriteLine(order.Customer + " " + order.Items.Count + " " + order.Items[0].Name + " " + order.Placed.ToString("yyyy-MM-dd HH:mm") + " " + order.Grade + " " + order.Signature[2]);

            var dict = JsonConvert.DeserializeObject<Dictionary<string, string>>("{\"a\": \"x\", \"b\": \"y\"}");
            foreach (var kv in dict)
            {
                Console.WriteLine(kv.Key + "=" + kv.Value);
            }
            var numbers = JsonConvert.DeserializeObject<List<long>>("[1, 2, 3000000000]");
            Console.WriteLine(numbers.Count + " " + numbers[2]);
            var nothing = JsonConvert.DeserializeObject<Product>("");
            Console.WriteLine(nothing == null);

            string[] bad =
            {
                "{\"name\": \"x\" \"price\": 1}",
                "{\"name\": \"unterminated",
                "{\"id\": 1.5}",
                "{\"id\": 99999999999}",
                "{\"sizes\": [1, 2}",
                "{\"tags\": [\"a\"]]}",
                "{\"id\": 1} trailing",
                "{\"id\": null}",
                "[1, 2]",
            };
            foreach (var s in bad)
            {
                try
                {
                    JsonConvert.DeserializeObject<Product>(s);
                    Console.WriteLine("no error: " + s);
                }
                catch (JsonReaderException e)
                {
                    Console.WriteLine("reader: " + e.Message);
                }
                catch (JsonSerializationException e)
                {
                    Console.WriteLine("serialization: " + e.Message.Split('\n')[0]);
                }
            }

            var settings = JsonConvert.DeserializeObject<Settings>(
                "{\"max_items\": 5, \"Cache\": \"x\", \"Names\": [\"extra\"], \"Version\": 9, \"Kind\": \"other\", \"Owner\": {\"createdBy\": \"me\"}}");
            Console.WriteLine(JsonConvert.SerializeObject(settings) + " " + settings.Cache);

            var loop = new Product { Name = "loop" };
            loop.Related = loop;
            try
            {
                JsonConvert.SerializeObject(loop);
            }
            catch (JsonSerializationException e)
            {
                Console.WriteLine("loop: " + e.Message);
            }
        }
    }
}
