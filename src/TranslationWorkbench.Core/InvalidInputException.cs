namespace TranslationWorkbench.Core;

/// <summary>A file or text the user gave cannot be used; the message names the file, the place, what was expected and what was found.</summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(string message) : base(message) { }

    public InvalidInputException(string message, Exception inner) : base(message, inner) { }
}
