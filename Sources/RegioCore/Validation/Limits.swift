/// Upper bounds on user input. Generous for real use, small enough that nobody can
/// fill the database or a page with one field.
public enum Limits {
    public static let name = 200
    public static let goal = 2_000
    public static let description = 10_000
    public static let shortText = 200
    public static let links = 10
    public static let participants = 100
    public static let pageSizeMax = 100
    public static let pageSizeDefault = 25
}
